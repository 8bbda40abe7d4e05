export * from './hotline-interaction.entity';
