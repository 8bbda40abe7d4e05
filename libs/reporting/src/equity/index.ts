export * from './equity.module';
export * from './funnel.service';
export * from './equity.service';
export * from './funnel';
export * from './disparity';
export * from './small-cells';
export * from './dto/funnel.dto';
export * from './dto/equity.dto';
