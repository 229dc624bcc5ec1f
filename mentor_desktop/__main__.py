from mentor_desktop.app import main

raise SystemExit(main())
