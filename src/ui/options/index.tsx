import { render } from 'preact';
import './options.css';

render(<main><h1>Think Before You Post: settings</h1></main>, document.getElementById('app')!);
