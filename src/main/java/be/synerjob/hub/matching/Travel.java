package be.synerjob.hub.matching;

/**
 * Travel assumptions, documented in docs/matching.md. Distances are great-circle distances between
 * postcode centroids multiplied by a detour factor: an estimate of the road distance, not a route
 * planner (no roads, no timetables, no traffic).
 */
final class Travel {

  /** Road distance ≈ great-circle distance × 1.3 (typical ratio for Belgian roads). */
  static final double DETOUR_FACTOR = 1.3;

  /** Door-to-door average speed with a car, km/h. */
  static final double CAR_KMH = 50;

  /** Door-to-door average speed without a car (public transport, walking, waiting), km/h. */
  static final double PUBLIC_TRANSPORT_KMH = 25;

  private Travel() {}

  static int minutesToKm(int minutes, boolean car) {
    return (int) Math.max(1, Math.round(minutes * (car ? CAR_KMH : PUBLIC_TRANSPORT_KMH) / 60.0));
  }

  static double roadKm(double lat1, double lon1, double lat2, double lon2) {
    return be.synerjob.hub.geo.Gazetteer.haversineKm(lat1, lon1, lat2, lon2) * DETOUR_FACTOR;
  }
}
