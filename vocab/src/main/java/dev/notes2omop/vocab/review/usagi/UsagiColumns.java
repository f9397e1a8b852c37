package dev.notes2omop.vocab.review.usagi;

import java.util.List;

/**
 * The columns of a Usagi save file, in the order Usagi writes them (its code-mapping writer: the
 * source code's columns, then its {@code ADD_INFO:} columns, then the mapping's). Ours carries the
 * mention domain in {@code ADD_INFO:mentionDomain}.
 */
final class UsagiColumns {

  static final String SOURCE_CODE = "sourceCode";
  static final String SOURCE_NAME = "sourceName";
  static final String SOURCE_FREQUENCY = "sourceFrequency";
  static final String SOURCE_AUTO_ASSIGNED = "sourceAutoAssignedConceptIds";
  static final String MENTION_DOMAIN = "ADD_INFO:mentionDomain";
  static final String MATCH_SCORE = "matchScore";
  static final String MAPPING_STATUS = "mappingStatus";
  static final String EQUIVALENCE = "equivalence";
  static final String STATUS_SET_BY = "statusSetBy";
  static final String STATUS_SET_ON = "statusSetOn";
  static final String CONCEPT_ID = "conceptId";
  static final String CONCEPT_NAME = "conceptName";
  static final String DOMAIN_ID = "domainId";
  static final String MAPPING_TYPE = "mappingType";
  static final String COMMENT = "comment";
  static final String CREATED_BY = "createdBy";
  static final String CREATED_ON = "createdOn";
  static final String ASSIGNED_REVIEWER = "assignedReviewer";

  /** The header we write. */
  static final List<String> HEADER =
      List.of(
          SOURCE_CODE,
          SOURCE_NAME,
          SOURCE_FREQUENCY,
          SOURCE_AUTO_ASSIGNED,
          MENTION_DOMAIN,
          MATCH_SCORE,
          MAPPING_STATUS,
          EQUIVALENCE,
          STATUS_SET_BY,
          STATUS_SET_ON,
          CONCEPT_ID,
          CONCEPT_NAME,
          DOMAIN_ID,
          MAPPING_TYPE,
          COMMENT,
          CREATED_BY,
          CREATED_ON,
          ASSIGNED_REVIEWER);

  /** The columns without which a file is not a Usagi save file. */
  static final List<String> REQUIRED =
      List.of(SOURCE_CODE, SOURCE_NAME, MATCH_SCORE, MAPPING_STATUS, CONCEPT_ID);

  private UsagiColumns() {}
}
