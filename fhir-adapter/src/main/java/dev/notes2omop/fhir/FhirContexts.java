package dev.notes2omop.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Set;

/** The one R4 {@link FhirContext} of this module: costly to build, thread-safe once built. */
final class FhirContexts {

  private FhirContexts() {}

  /** The shared R4 context, built on first use. */
  static FhirContext r4() {
    return Holder.R4;
  }

  /** The names of all R4 resource types. */
  static Set<String> resourceTypes() {
    return Holder.RESOURCE_TYPES;
  }

  private static final class Holder {
    static final FhirContext R4 = create();
    static final Set<String> RESOURCE_TYPES = Set.copyOf(R4.getResourceTypes());

    private static FhirContext create() {
      FhirContext context = FhirContext.forR4();
      // resources are parsed one by one; never let a Bundle entry's fullUrl replace an id
      context.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
      context.getParserOptions().setStripVersionsFromReferences(false);
      return context;
    }
  }
}
