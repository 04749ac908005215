/**
 * The background: wiring only. The dataset service installs and syncs the dataset
 * and publishes what pages need; the page service answers the toolbar button, the
 * keyboard command and the context menu.
 */
import { startDatasetService } from '@/adapters/dataset/service';
import { startPageService } from '@/adapters/page/service';

export default defineBackground({
  type: 'module',
  main() {
    startDatasetService();
    startPageService();
  },
});
