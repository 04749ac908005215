import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/assets/extension-page.css';
import '@/components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
