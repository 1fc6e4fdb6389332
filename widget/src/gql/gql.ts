/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    authorKind\n    authorName\n    body\n    internal\n    clientId\n    createdAt\n    suggestedActionIds\n    suggestionTrigger\n    citations {\n      title\n      sourceUrl\n    }\n    submission {\n      actionLabel\n      values {\n        key\n        label\n        value\n      }\n    }\n  }\n": typeof types.WidgetMessageFragmentDoc,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        responseTimeTargetSeconds\n        conversation {\n          id\n          status\n          lastSeq\n          assigneeName\n          messages(last: 100) {\n            edges {\n              node {\n                ...WidgetMessage\n              }\n            }\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.StartWidgetSessionDocument,
    "\n  query WidgetActions {\n    customActions {\n      id\n      label\n      intent\n      description\n      fields {\n        key\n        label\n        type\n        required\n        placeholder\n        maxLength\n        options\n      }\n    }\n  }\n": typeof types.WidgetActionsDocument,
    "\n  mutation WidgetSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          ...WidgetMessage\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WidgetSendMessageDocument,
    "\n  mutation WidgetSubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n          assigneeName\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.WidgetSubmitActionDocument,
    "\n  mutation WidgetSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping) {\n      __typename\n    }\n  }\n": typeof types.WidgetSetTypingDocument,
    "\n  subscription WidgetConversationEvents($conversationId: ID!, $afterSeq: Int) {\n    conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {\n      seq\n      kind\n      at\n      message {\n        ...WidgetMessage\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n": typeof types.WidgetConversationEventsDocument,
    "\n  mutation IdentifyVisitor($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        visitorToken\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.IdentifyVisitorDocument,
    "\n  query WidgetExpectedWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n": typeof types.WidgetExpectedWaitDocument,
};
const documents: Documents = {
    "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    authorKind\n    authorName\n    body\n    internal\n    clientId\n    createdAt\n    suggestedActionIds\n    suggestionTrigger\n    citations {\n      title\n      sourceUrl\n    }\n    submission {\n      actionLabel\n      values {\n        key\n        label\n        value\n      }\n    }\n  }\n": types.WidgetMessageFragmentDoc,
    "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        responseTimeTargetSeconds\n        conversation {\n          id\n          status\n          lastSeq\n          assigneeName\n          messages(last: 100) {\n            edges {\n              node {\n                ...WidgetMessage\n              }\n            }\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.StartWidgetSessionDocument,
    "\n  query WidgetActions {\n    customActions {\n      id\n      label\n      intent\n      description\n      fields {\n        key\n        label\n        type\n        required\n        placeholder\n        maxLength\n        options\n      }\n    }\n  }\n": types.WidgetActionsDocument,
    "\n  mutation WidgetSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          ...WidgetMessage\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WidgetSendMessageDocument,
    "\n  mutation WidgetSubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n          assigneeName\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.WidgetSubmitActionDocument,
    "\n  mutation WidgetSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping) {\n      __typename\n    }\n  }\n": types.WidgetSetTypingDocument,
    "\n  subscription WidgetConversationEvents($conversationId: ID!, $afterSeq: Int) {\n    conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {\n      seq\n      kind\n      at\n      message {\n        ...WidgetMessage\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n": types.WidgetConversationEventsDocument,
    "\n  mutation IdentifyVisitor($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        visitorToken\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.IdentifyVisitorDocument,
    "\n  query WidgetExpectedWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n": types.WidgetExpectedWaitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WidgetMessage on Message {\n    id\n    seq\n    authorKind\n    authorName\n    body\n    internal\n    clientId\n    createdAt\n    suggestedActionIds\n    suggestionTrigger\n    citations {\n      title\n      sourceUrl\n    }\n    submission {\n      actionLabel\n      values {\n        key\n        label\n        value\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWidgetSession($input: StartWidgetSessionInput!) {\n    startWidgetSession(input: $input) {\n      __typename\n      ... on WidgetSession {\n        token\n        resumed\n        visitorId\n        workspaceName\n        greeting\n        responseTimeTargetSeconds\n        conversation {\n          id\n          status\n          lastSeq\n          assigneeName\n          messages(last: 100) {\n            edges {\n              node {\n                ...WidgetMessage\n              }\n            }\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').StartWidgetSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetActions {\n    customActions {\n      id\n      label\n      intent\n      description\n      fields {\n        key\n        label\n        type\n        required\n        placeholder\n        maxLength\n        options\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      __typename\n      ... on SendMessagePayload {\n        duplicate\n        sentMessage {\n          ...WidgetMessage\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on ServiceUnavailableError {\n        retryAfterSeconds\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSubmitAction($input: SubmitActionInput!) {\n    submitAction(input: $input) {\n      __typename\n      ... on HandoffPayload {\n        alreadyRequested\n        conversation {\n          id\n          status\n          assigneeName\n        }\n      }\n      ... on ValidationError {\n        fieldErrors {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetSubmitActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WidgetSetTyping($conversationId: ID!, $isTyping: Boolean!) {\n    setTyping(conversationId: $conversationId, isTyping: $isTyping) {\n      __typename\n    }\n  }\n"): typeof import('./graphql').WidgetSetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WidgetConversationEvents($conversationId: ID!, $afterSeq: Int) {\n    conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {\n      seq\n      kind\n      at\n      message {\n        ...WidgetMessage\n      }\n      status {\n        change\n        status\n        assigneeName\n      }\n      typing {\n        authorKind\n        name\n        isTyping\n      }\n      draft {\n        draftId\n        delta\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetConversationEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentifyVisitor($input: IdentifyVisitorInput!) {\n    identifyVisitor(input: $input) {\n      __typename\n      ... on IdentifyVisitorPayload {\n        visitorToken\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').IdentifyVisitorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WidgetExpectedWait($id: ID!) {\n    node(id: $id) {\n      ... on Conversation {\n        id\n        expectedWait {\n          availableAgents\n          queuePosition\n          estimateSeconds\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WidgetExpectedWaitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
