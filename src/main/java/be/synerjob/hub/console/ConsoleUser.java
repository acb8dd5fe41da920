package be.synerjob.hub.console;

import be.synerjob.hub.core.HubException;
import be.synerjob.hub.core.MemberCode;
import be.synerjob.hub.core.ProblemType;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person signed in to the console: the username, the member service they work for ({@code null}
 * for hub operators) and their role. Page controllers of any module call {@link #current()} to
 * scope what they show.
 */
public record ConsoleUser(String username, MemberCode member, ConsoleRole role)
    implements java.security.Principal {

  @Override
  public String getName() {
    return username;
  }

  public boolean isAdmin() {
    return role == ConsoleRole.ADMIN;
  }

  /** A hub operator works for no member and sees every member's data. */
  public boolean isOperator() {
    return member == null;
  }

  /** Whether this user may see data that belongs to the given member. */
  public boolean maySee(MemberCode owner) {
    return member == null || member.equals(owner);
  }

  /** A name for the audit trail: {@code console:vdab-admin}. */
  public String actor() {
    return "console:" + username;
  }

  /** The console user of the current request, if one is signed in. */
  public static Optional<ConsoleUser> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ConsoleUser u) {
      return Optional.of(u);
    }
    return Optional.empty();
  }

  /** The console user of the current request; a 401 problem when nobody is signed in. */
  public static ConsoleUser current() {
    return find()
        .orElseThrow(
            () -> new HubException(ProblemType.UNAUTHENTICATED, "Sign in to the console first"));
  }
}
