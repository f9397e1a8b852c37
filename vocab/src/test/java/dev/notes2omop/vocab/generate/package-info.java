/** Tests of the Athena-shaped vocabulary generator. */
package dev.notes2omop.vocab.generate;
