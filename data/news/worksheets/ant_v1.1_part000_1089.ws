# ant_v1.1_part000_1089 (annotator53)
# "انتخابات الرئاسة الأمريكية" and "الانتخابات الرئاسية" are the generic elections (NORP only, §7.8); the debates
# ("ثاني مناظرة", "المناظرة الأولى") are not named events. "المرشح الجمهوري" / "منافسته الديمقراطية" give no ROLE
# (candidacy, §7.8). "خلال الأيام القادمة", "قبل أقل من شهر على إجراء الانتخابات" and "اليوم" in the quote are not DATE.
@P1
PER | ترامب | p1_trump

@P2
NORP | الجمهوري | p2_republican
NORP | الأمريكية | p2_american
PER | دونالد ترامب | p2_trump
DATE | اليوم السبت | p2_saturday         # "صباح" left out

@P3
PER | ترامب | p3_trump1
PER | بيل كلينتون | p3_bill1
NORP | الديمقراطية | p3_democrat
PER | هيلاري كلينتون | p3_hillary
ORG | واشنطن بوست | p3_wapo
DATE | عام 2005 | p3_2005
PER | ترامب | p3_trump2
DATE | قبل أحد عشر عاما | p3_11years      # "N years ago", like "قبل 6 سنوات" (§7.7)
NORP | الديمقراطيون | p3_democrats
DATE | غد الأحد | p3_sunday1             # like "غدا الاثنين"; "مساء" left out
PER | ترامب | p3_trump3
PER | ترامب | p3_trump4
PER | بيل كلينتون | p3_bill2
PER | ترامب | p3_trump5
DATE | يوم الأحد | p3_sunday2
REL | CRITICIZES | p3_trump1 | p3_bill1      # "أثار موضوع خيانات الرئيس السابق بيل كلينتون" (an attack on him)
REL | CRITICIZES | p3_trump1 | p3_hillary    # "وانتقد منافسته الديمقراطية هيلاري كلينتون بحدة"
REL | CRITICIZES | p3_trump4 | p3_bill2      # the same attack repeated: "قبل أن يتحول لإثارة موضوع خيانات بيل كلينتون"
