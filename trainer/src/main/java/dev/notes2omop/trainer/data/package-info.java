/**
 * The synthetic record format (DESIGN §6): records with text, tokens, BIO tags and entities, their
 * JSON Lines codec, and the BIO tagging shared by generators and validators.
 */
package dev.notes2omop.trainer.data;
