/** Text of the quiz: landing, questions, result and methodology. */
export interface QuizText {
	/** The call to action that starts the quiz. */
	start: string;
}
