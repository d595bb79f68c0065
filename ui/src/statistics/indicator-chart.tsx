import { useEffect, useRef } from 'react';
import type { ECharts } from 'echarts/core';
import { init } from './echarts-setup';
import type { ChartOption } from './chart-option';

/**
 * An ECharts bar chart of an option, drawn on a canvas in a box of the given height and redrawn
 * when the option changes or the box is resized. Loaded on demand (the page's lazy import), so
 * ECharts is fetched only by those who open the dashboard.
 */
export function IndicatorChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts>(undefined);

  useEffect(() => {
    const instance = init(box.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="stats-chart" style={{ height }} role="img" aria-label={label} data-testid="stats-chart" />;
}

export default IndicatorChart;
