"""The EST dock panel: the week's work step by step, every step a Processing algorithm run in the
background (QgsProcessingAlgRunnerTask)."""
