/**
 * The background: wiring only. The dataset service installs and syncs the dataset
 * and publishes what pages need; the page service answers the toolbar button and
 * the keyboard command; the clip service stores the clips pages save and offers
 * "Save selection as clip" in the context menu; the own-incident service keeps the
 * incidents the analyst records from articles.
 */
import { startClipService } from '@/adapters/clips/service';
import { startOwnIncidentService } from '@/adapters/own-incidents/service';
import { startDatasetService } from '@/adapters/dataset/service';
import { startPageService } from '@/adapters/page/service';

export default defineBackground({
  type: 'module',
  main() {
    startDatasetService();
    startPageService();
    startClipService();
    startOwnIncidentService();
  },
});
