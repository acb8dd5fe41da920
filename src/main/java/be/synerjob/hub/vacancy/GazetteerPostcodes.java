package be.synerjob.hub.vacancy;

import be.synerjob.hub.geo.Gazetteer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Resolves workplaces with the geo module's gazetteer. */
@Component
class GazetteerPostcodes implements PostcodeDirectory {

  private final Gazetteer gazetteer;

  GazetteerPostcodes(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<Place> resolve(String postcode) {
    return gazetteer
        .postcode(postcode)
        .map(
            p ->
                new Place(
                    p.postcode(),
                    p.municipality().localName(),
                    p.nisCode(),
                    p.region(),
                    p.nuts3Code()));
  }
}
