import { builder } from './builder.js';
import './errors.js';
import './agent.js';
import './workspace.js';
import './session.js';
import './invitation.js';

export const schema = builder.toSchema({ sortSchema: true });
