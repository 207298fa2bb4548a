/**
 * What a person reads when the bot fails rather than the advice (the core
 * failed, the platform refused the answer, a bug): the same words on every
 * surface, and never the error itself. Each adapter may add its own sentence
 * for a failure only its platform has (Slack: not a member of the channel).
 */

export const APOLOGY = 'Sorry, something went wrong on my side and I could not answer. Please try again in a moment.';
