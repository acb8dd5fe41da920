/**
 * Shared kernel: languages, regions, member codes, problem types and the domain exception that the
 * web layer turns into RFC 9457 problem details. Depends on nothing else in the hub.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package be.synerjob.hub.core;
