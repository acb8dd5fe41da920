package be.synerjob.hub.organisation;

import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.Region;

/** What a sharing agreement looks at to decide whether a recipient may receive a vacancy. */
public interface Shareable {

  MemberCode source();

  /** The region of the workplace; null when it could not be derived. */
  Region region();

  boolean open();

  boolean shareable();

  boolean temporaryWorkAgency();

  boolean activeManagement();
}
