package be.synerjob.hub.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's home page, the login page and the redirect from {@code /}. */
@Controller
class HomeController {

  @GetMapping("/")
  String root() {
    return "redirect:/console";
  }

  @GetMapping("/console")
  String home() {
    return "console/home";
  }

  @GetMapping("/login")
  String login() {
    if (be.synerjob.hub.console.ConsoleUser.find().isPresent()) {
      return "redirect:/console";
    }
    return "console/login";
  }
}
