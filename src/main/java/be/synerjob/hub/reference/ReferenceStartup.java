package be.synerjob.hub.reference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At server start-up, loads the shipped releases the database lacks (all of them at first start;
 * none later), before the web server opens its port, so the hub never answers without its
 * reference. A failure stops the start with the message naming the file. Then, if {@code
 * hub.reference.warm-up} is on, builds the in-memory model and the autocomplete index in the
 * background. The operator CLI (no web application) does neither.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(
    name = "hub.reference.import-on-start",
    havingValue = "true",
    matchIfMissing = true)
class ReferenceStartup implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ReferenceStartup.class);

  private final ReferenceImport importer;
  private final ModelHolder holder;
  private final ReferenceProperties properties;

  ReferenceStartup(ReferenceImport importer, ModelHolder holder, ReferenceProperties properties) {
    this.importer = importer;
    this.holder = holder;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    importer.importShipped();
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (properties.warmUp()) {
      Thread t =
          new Thread(
              () -> {
                try {
                  holder.warmUp();
                } catch (RuntimeException e) {
                  log.warn("Reference: warm-up failed; the model loads on first use", e);
                }
              },
              "reference-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }
}
