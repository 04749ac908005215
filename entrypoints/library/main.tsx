import { render } from 'preact';
import { databaseLibrary } from '@/adapters/clips/library';
import { LibraryApp } from '@/components/library/LibraryApp';
import '@/assets/extension-page.css';
import '@/components/library/library.css';

render(<LibraryApp api={databaseLibrary()} />, document.getElementById('app')!);
