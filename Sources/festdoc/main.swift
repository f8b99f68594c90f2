import FestdocCLI

FestdocMain.run()
