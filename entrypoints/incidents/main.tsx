import { render } from 'preact';
import { IncidentsApp } from '@/components/incidents/IncidentsApp';
import '@/assets/extension-page.css';
import '@/components/incidents/incidents.css';

const entityId = new URLSearchParams(location.search).get('entity');
render(<IncidentsApp entityId={entityId || null} />, document.getElementById('app')!);
