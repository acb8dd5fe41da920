package be.synerjob.hub.vacancy;

import be.synerjob.hub.core.Region;
import java.util.Optional;

/** What vacancy validation needs to know of a postcode. */
interface PostcodeDirectory {

  Optional<Place> resolve(String postcode);

  /** A resolved workplace. */
  record Place(String postcode, String municipality, String nisCode, Region region, String nuts3) {}
}
