/** The onboarding checklist's query: the steps come from the API (`Workspace.onboarding`). */
import { graphql } from '../gql';

export const OnboardingQuery = graphql(`
  query Onboarding {
    workspace {
      id
      name
      publicKey
      widgetSnippet
      onboarding {
        doneCount
        complete
        steps {
          id
          done
        }
      }
    }
  }
`);
