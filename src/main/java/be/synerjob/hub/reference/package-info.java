/**
 * The shared occupation and competence reference: ESCO occupations and skills, ISCO-08 groups, ROME
 * 4.0 codes and job titles (with their ROME v3 parents), Competent competences, the crosswalks
 * between them, ESCO collections, releases with their diffs, translation review, competence sets
 * and the DigComp digital-skills set. Loaded from the shipped data at first start; read from
 * memory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "core")
package be.synerjob.hub.reference;
