import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
// The benchmark and the end-to-end tests measure "first screen" from this mark.
performance.mark('boxpilot:first-screen');
