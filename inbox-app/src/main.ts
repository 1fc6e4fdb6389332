import { mount } from 'svelte';
// The form kit's shared primitives first: component styles (later in the bundle) refine them.
import './lib/kit/kit.css';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('The #app element is missing from index.html.');

export default mount(App, { target });
