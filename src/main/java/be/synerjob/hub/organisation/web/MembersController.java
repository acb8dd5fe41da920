package be.synerjob.hub.organisation.web;

import be.synerjob.hub.organisation.Member;
import be.synerjob.hub.organisation.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public list of member services. */
@RestController
@Tag(name = "Members")
class MembersController {

  private final Members members;

  MembersController(Members members) {
    this.members = members;
  }

  @GetMapping("/api/v1/members")
  @Operation(summary = "The member services of Synerjob, with names in nl/fr/de/en")
  List<Member> members() {
    return members.all();
  }
}
