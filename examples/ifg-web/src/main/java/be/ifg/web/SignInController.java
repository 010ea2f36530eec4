package be.ifg.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST and sign-out. */
@Controller
class SignInController {
  @GetMapping("/signin")
  String signIn() {
    return "signin";
  }
}
