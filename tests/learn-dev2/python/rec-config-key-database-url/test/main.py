import backup
import config

if __name__ == "__main__":
    print("backing up to", backup.backup_target(config.load()))
