import Foundation
import SahifaCore

/// Everything Sahifa keeps: the composition of the store's roles, which the SQLite and
/// PostgreSQL stores both implement and the contract suites test. Each controller holds only
/// the role it needs (`ReaderStore`, `NewsroomStore`, `AccountStore`, `MaintenanceStore`,
/// `BackupStore`, `ChangeFeed`), in the manner of GRDB's reader and writer protocols.
///
/// Write methods are one transaction each: an article, its tags, bylines, related list and
/// revision are saved together or not at all.
public protocol NewsStore: ReaderStore, NewsroomStore, AccountStore, MaintenanceStore, BackupStore, ChangeFeed {}
