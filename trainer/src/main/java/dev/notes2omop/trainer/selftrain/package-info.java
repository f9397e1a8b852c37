/**
 * Learning from unlabeled notes: a teacher (the gazetteer's terms, and a model's spans) marks
 * silver spans on the notes ({@link dev.notes2omop.trainer.selftrain.SilverTeacher}), and the
 * settings of the teacher-student rounds the trainer runs with them ({@link
 * dev.notes2omop.trainer.selftrain.SelfTraining}).
 */
package dev.notes2omop.trainer.selftrain;
