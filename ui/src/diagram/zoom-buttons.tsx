import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import { useI18n } from '../i18n/use-i18n';
import { fitToCanvas, zoomBy } from './canvas-zoom';

const STEP = 1.25;

/** Zoom in, zoom out and fit, for readers who do not use the mouse wheel. */
export function ZoomButtons({ instance }: { instance: BaseViewer | undefined }) {
  const { t } = useI18n();
  const withCanvas = (action: (canvas: Canvas) => void) => () => {
    if (instance) action(instance.get<Canvas>('canvas'));
  };
  return (
    <span className="zoom-buttons">
      <button type="button" className="button-secondary button-small" onClick={withCanvas((c) => zoomBy(c, STEP))} aria-label={t('diagram.zoomIn')} title={t('diagram.zoomIn')}>
        +
      </button>
      <button type="button" className="button-secondary button-small" onClick={withCanvas((c) => zoomBy(c, 1 / STEP))} aria-label={t('diagram.zoomOut')} title={t('diagram.zoomOut')}>
        −
      </button>
      <button type="button" className="button-secondary button-small" onClick={withCanvas(fitToCanvas)}>
        {t('diagram.fit')}
      </button>
    </span>
  );
}
