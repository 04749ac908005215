// The clip library in the browser's side panel (Chrome) or sidebar (Firefox): the same app as library.html.
import { render } from 'preact';
import { databaseLibrary } from '@/adapters/clips/library';
import { LibraryApp } from '@/components/library/LibraryApp';
import '@/assets/extension-page.css';
import '@/components/library/library.css';

render(<LibraryApp api={databaseLibrary()} />, document.getElementById('app')!);
