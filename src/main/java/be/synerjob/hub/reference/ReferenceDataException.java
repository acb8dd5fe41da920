package be.synerjob.hub.reference;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.ProblemType;

/**
 * Reference data that cannot be loaded: a missing, corrupt or truncated file, a row that does not
 * parse, a reference to a concept that no release contains, releases out of order. The message
 * names the file (and line) at fault. An import that throws it has changed nothing.
 */
public class ReferenceDataException extends HubException {

  public ReferenceDataException(String detail) {
    super(ProblemType.VALIDATION, detail);
  }
}
