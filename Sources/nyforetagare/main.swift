import ArgumentParser

Nyforetagare.main()
