import { render } from 'preact';
import './popup.css';

render(<main><h1>Think Before You Post</h1></main>, document.getElementById('app')!);
