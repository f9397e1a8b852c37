package dev.notes2omop.fhir;

import ca.uhn.fhir.context.FhirContext;

/** The one R4 {@link FhirContext} of this module: costly to build, thread-safe once built. */
final class FhirContexts {

  private FhirContexts() {}

  /** The shared R4 context, built on first use. */
  static FhirContext r4() {
    return Holder.R4;
  }

  private static final class Holder {
    static final FhirContext R4 = create();

    private static FhirContext create() {
      FhirContext context = FhirContext.forR4();
      // resources are parsed one by one; never let a Bundle entry's fullUrl replace an id
      context.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
      context.getParserOptions().setStripVersionsFromReferences(false);
      return context;
    }
  }
}
