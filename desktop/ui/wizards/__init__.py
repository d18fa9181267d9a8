"""One QWizard per stage, bound to the stage's flow in ``desktop.core.stages``.

``registry.WIZARDS`` says which stages have a wizard; the window's ``show_wizard(stage)`` opens
it. A stage's wizard is written on :mod:`desktop.ui.wizards.base`: the pages
(:class:`~desktop.ui.wizards.base.StagePage`), their record lists (:mod:`.record_list`), bound
inputs (:mod:`.bindings`), undo commands (:mod:`.commands`) and the steps panel
(:mod:`.steps_panel`).
"""
