/** The Temporal header that carries the API request's id to the workflow and its activities (logs only). */
export const REQUEST_ID_HEADER = 'luvn-request-id';
