import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/assets/extension-page.css';

render(<OptionsApp />, document.getElementById('app')!);
