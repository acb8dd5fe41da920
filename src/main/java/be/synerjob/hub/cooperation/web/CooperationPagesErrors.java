package be.synerjob.hub.cooperation.web;

import be.synerjob.hub.core.HubException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a console page (a session or document the user may not see, a secretariat's action
 * by a non-administrator) answers the console's error page, not a JSON problem document.
 */
@ControllerAdvice(assignableTypes = CooperationPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CooperationPagesErrors {

  @ExceptionHandler(HubException.class)
  String refused(HubException e, HttpServletResponse response, Model model) {
    int status = e.problemType().status();
    response.setStatus(status);
    model.addAttribute("status", status);
    return "error";
  }
}
