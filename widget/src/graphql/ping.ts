import { graphql } from '../gql';

/** The cheapest possible round trip: tells the widget whether the Baton API is reachable. */
export const WidgetPingQuery = graphql(`
  query WidgetPing {
    __typename
  }
`);
