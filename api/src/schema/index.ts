import { builder } from './builder.js';
import './errors.js';
import './agent.js';
import './workspace.js';
import './session.js';
import './invitation.js';
import './custom-action.js';
import './conversation.js';
import './ownership.js';
import './message.js';
import './widget.js';
import './stream.js';
import './assistant.js';
import './handoff-topic.js';
import './content-gap.js';
import './api-key.js';
import './webhook.js';

export const schema = builder.toSchema({ sortSchema: true });
