# ant_v1.1_part001_0585 (annotator43)
# "وزير الداخلية" (P1, P2) is a title: no ORG inside it, and no ROLE (no body or country named with it in its sentence).
# Counts of people ("ال5 آلاف", "137 ارهابيا") are not annotated; "لخمس سنوات قادمة" is a duration.
@P2
PER | الهادي مجدوب | p2_majdoub
NORP | التونسيين | p2_tunisians1
NORP | تونسي | p2_tunisian2
NORP | تونسيا | p2_tunisians3

@P3
DATE | اليوم الاربعاء | p3_wednesday
ORG | لجنة الأمن والدفاع | p3_committee
ORG | مجلس نواب الشعب | p3_arp
PERCENT | ال30 بالمائة | p3_pct
NORP | التونسيين | p3_tunisians1
NORP | تونسي | p3_tunisian2
NORP | التونسيين | p3_tunisians3
NORP | تونسيا | p3_tunisians4
NORP | التونسيين | p3_tunisians5
ORG | وزارة الداخلية | p3_moi1
NORP | التونسيين | p3_tunisians6
ORG | وزارة الداخلية | p3_moi2
