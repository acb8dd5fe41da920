package be.synerjob.hub.cooperation;

import be.synerjob.hub.core.MemberCode;

/**
 * Who is reading or writing: whether internal sessions and documents may be shown (members' staff
 * and the secretariat), the member acted for (null for the secretariat or anonymous readers), and a
 * name for the audit trail.
 *
 * @param internal members' staff or the secretariat: may see INTERNAL records
 * @param manage the secretariat ({@code cooperation:manage} or {@code admin}): may write
 */
public record Viewer(boolean internal, boolean manage, MemberCode member, String actor) {

  public static final Viewer ANONYMOUS = new Viewer(false, false, null, "anonymous");

  public boolean sees(Visibility visibility) {
    return visibility == Visibility.PUBLIC || internal;
  }
}
